// A typedoc plugin that lets the docs site open from the file system. Pages point their icons at
// `assets/icons.svg#icon-…`, which Chromium refuses to load from file:// URLs (and reports as
// errors). typedoc's own icons.js puts the same sprite inline in every page, and its scripts
// already point at `#icon-…`, so the static pages do the same.
import { PageEvent } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(PageEvent.END, (page) => {
    if (page.contents)
      page.contents = page.contents.replace(/href="(?:\.\.\/)*assets\/icons\.svg#/g, 'href="#');
  });
}
