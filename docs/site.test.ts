// The docs site (`pnpm run docs`) must open from the file system with no server: the landing
// page, the guides and the API pages load in Chromium from file:// URLs without a console error,
// their scripts (navigation, search) work, and every link between pages resolves. The site under
// test is docs/site when it is newer than everything it is built from (as after `pnpm run docs`),
// else a fresh build in a temporary folder.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../vitest.shared.mjs';

const docsDir = import.meta.dirname;
const root = resolve(docsDir, '..');
const builtSite = join(docsDir, 'site');
// Building the API of six packages takes minutes on a busy two-core machine.
const BUILD_TIMEOUT = 900_000;
const PAGE_TIMEOUT = 60_000;

/** Every file under `dir` (recursively) whose name passes `keep`, skipping dependencies and builds. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return ['node_modules', 'dist', 'site', '.guide-blocks'].includes(entry.name)
        ? []
        : filesUnder(path, keep);
    }
    return keep(entry.name) ? [path] : [];
  });
}

/** What the site is built from: the typedoc config and plugin, the pages, the packages' sources. */
function siteInputs(): string[] {
  const packages = readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name));
  return [
    join(root, 'typedoc.json'),
    ...filesUnder(docsDir, (name) => /\.(md|css|mjs)$/.test(name)),
    ...packages.flatMap((dir) => [join(dir, 'package.json'), join(dir, 'README.md')]),
    ...packages.flatMap((dir) => filesUnder(join(dir, 'src'), (name) => /\.tsx?$/.test(name))),
  ].filter((path) => existsSync(path));
}

function isFresh(site: string): boolean {
  const index = join(site, 'index.html');
  if (!existsSync(index)) return false;
  const builtAt = statSync(index).mtimeMs;
  return siteInputs().every((path) => statSync(path).mtimeMs <= builtAt);
}

async function buildSite(out: string): Promise<void> {
  const typedoc = join(
    dirname(createRequire(join(root, 'package.json')).resolve('typedoc/package.json')),
    'bin',
    'typedoc',
  );
  await promisify(execFile)(process.execPath, [typedoc, '--out', out], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stdout?: string; stderr?: string }) => {
    throw new Error(`pnpm run docs failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  });
}

// playwright-core comes from the widgets package, which drives the same Chromium in its tests.
const { chromium } = createRequire(join(root, 'packages', 'react-widgets', 'package.json'))(
  'playwright-core',
) as typeof import('playwright-core');

let site = builtSite;
let tempDir: string | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  if (!isFresh(builtSite)) {
    tempDir = mkdtempSync(join(tmpdir(), 'hezuo-docs-'));
    site = join(tempDir, 'site');
    await buildSite(site);
  }
  browser = await chromium.launch(chromiumLaunchOptions);
}, BUILD_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

const pageUrl = (path: string) => pathToFileURL(join(site, path)).href;

/** Opens a page of the site from its file:// URL and records every error the browser reports. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  if (!browser) throw new Error('Chromium did not start');
  const page = await browser.newPage();
  page.setDefaultTimeout(20_000);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('requestfailed', (request) => problems.push(`failed to load ${request.url()}`));
  await page.goto(pageUrl(path));
  // navigation.js fills the sidebar: the site's scripts ran from file://.
  await page.waitForSelector('#tsd-nav-container a');
  return { page, problems };
}

/** The absolute URLs the links found by `links` lead to. */
async function hrefsOf(page: Page, links: Locator): Promise<string[]> {
  const raw = await links.evaluateAll((found) => found.map((a) => a.getAttribute('href') ?? ''));
  return raw.map((href) => new URL(href, page.url()).href);
}

/** The `href`s of the links in an HTML file, as written. */
function linksOf(htmlFile: string): string[] {
  const html = readFileSync(htmlFile, 'utf8');
  return [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((match) => match[1] ?? '');
}

const anchorsCache = new Map<string, Set<string>>();
function anchorsOf(htmlFile: string): Set<string> {
  let anchors = anchorsCache.get(htmlFile);
  if (!anchors) {
    const html = readFileSync(htmlFile, 'utf8');
    anchors = new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((match) => match[1] ?? ''));
    anchorsCache.set(htmlFile, anchors);
  }
  return anchors;
}

/** Links that point at nothing: a missing file, or a missing anchor in an existing one. */
function brokenLinks(htmlFile: string): string[] {
  return linksOf(htmlFile).flatMap((href) => {
    if (href === '' || href === '#' || /^[a-z][a-z0-9+.-]*:/i.test(href)) return []; // external
    const [path = '', anchor] = href.split('#');
    const target = path === '' ? htmlFile : resolve(dirname(htmlFile), decodeURIComponent(path));
    if (!existsSync(target) || statSync(target).isDirectory()) return [`${href} (no such file)`];
    if (anchor && target.endsWith('.html') && !anchorsOf(target).has(decodeURIComponent(anchor))) {
      return [`${href} (no such anchor)`];
    }
    return [];
  });
}

describe('the docs site', () => {
  it('lists every guide: each docs/guides/*.md is a child of docs/guides.md', () => {
    const index = readFileSync(join(docsDir, 'guides.md'), 'utf8');
    const frontmatter = index.split('---')[1] ?? '';
    const listed = [...frontmatter.matchAll(/guides\/([\w-]+\.md)/g)].map((match) => match[1]).sort();
    const guides = readdirSync(join(docsDir, 'guides'))
      .filter((name) => name.endsWith('.md'))
      .sort();
    expect(listed).toEqual(guides);
  });

  it('has no broken links between its pages, and none left pointing at Markdown', () => {
    const pages = filesUnder(site, (name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const broken = pages.flatMap((page) =>
      brokenLinks(page).map((link) => `${relative(site, page)} → ${link}`),
    );
    expect(broken).toEqual([]);
    const toMarkdown = pages.flatMap((page) =>
      linksOf(page)
        .filter((href) => /\.md(#|$)/.test(href) && !/^[a-z]+:/i.test(href))
        .map((href) => `${relative(site, page)} → ${href}`),
    );
    expect(toMarkdown).toEqual([]);
  });

  it(
    'opens the landing page from file:// and routes each user to their guide',
    async () => {
      const { page, problems } = await open('index.html');
      expect(await page.title()).toContain('Hezuo');
      const routes = page.locator('table').first().locator('a');
      expect(await routes.allTextContents()).toEqual([
        "Lending to members: the bank's guide",
        'The county portal guide',
        "Agricultural insurance: the insurer's guide",
        "The developer's guide",
      ]);
      for (const href of await hrefsOf(page, routes))
        expect(existsSync(fileURLToPath(href)), href).toBe(true);
      // The sidebar holds the guides, the architecture and domain pages, and the packages.
      const nav = await page.locator('#tsd-nav-container').textContent();
      for (const entry of ['Guides', 'Architecture', 'Domain rules', '@hezuo/core', '@hezuo/react-widgets']) {
        expect(nav).toContain(entry);
      }
      await routes.nth(1).click();
      await page.waitForSelector('h1');
      expect(await page.locator('h1').first().textContent()).toContain('The county portal guide');
      expect(problems).toEqual([]);
      await page.close();
    },
    PAGE_TIMEOUT,
  );

  it(
    'opens a guide from file://, its code highlighted and its links resolving',
    async () => {
      const path = relative(
        site,
        filesUnder(join(site, 'documents'), (name) => name.includes('developers')).at(0) ?? 'missing',
      );
      const { page, problems } = await open(path);
      expect(await page.locator('h1').first().textContent()).toContain("The developer's guide");
      expect(await page.locator('pre code').count()).toBeGreaterThan(5);
      const local = (await hrefsOf(page, page.locator('.tsd-typography a[href]'))).filter((href) =>
        href.startsWith('file:'),
      );
      expect(local.length).toBeGreaterThan(3);
      for (const href of local) expect(existsSync(fileURLToPath(href.split('#')[0] ?? '')), href).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    },
    PAGE_TIMEOUT,
  );

  it(
    'opens an API page from file:// and searches the site',
    async () => {
      const { page, problems } = await open(join('functions', '_hezuo_core.index.allocate.html'));
      expect(await page.locator('h1').first().textContent()).toContain('allocate');
      await page.locator('#tsd-search-trigger').click();
      await page.locator('#tsd-search-input').fill('portal');
      await expect
        .poll(() => page.locator('#tsd-search-results li').allTextContents())
        .toContainEqual(expect.stringContaining('For county portals'));
      expect(problems).toEqual([]);
      await page.close();
    },
    PAGE_TIMEOUT,
  );
});
