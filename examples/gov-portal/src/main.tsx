'use client';
import '@hezuo/react-widgets/styles.css';
import './portal.css';
import { createRoot } from 'react-dom/client';
import { Portal } from './Portal';

const root = document.getElementById('portal');
if (root)
  createRoot(root).render(<Portal initialLocale={document.documentElement.lang === 'en' ? 'en' : 'zh-CN'} />);
