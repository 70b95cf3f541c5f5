#!/usr/bin/env node
// Opens HTML files in headless Chromium at a given viewport width and fails when a
// table does not fit: no table wider than the page, so nobody scrolls sideways.
//
//   node .ci/width.mjs WIDTH FILE...
//
// Exit status: 0 every table fits, 1 a table is wider than the page, 2 usage or
// runtime error. CHROMIUM=/path overrides the browser (default /usr/bin/chromium).

import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const [widthArg, ...files] = process.argv.slice(2);
const width = Number(widthArg);
if (!Number.isInteger(width) || width <= 0 || files.length === 0) {
  console.error('usage: node .ci/width.mjs WIDTH FILE...');
  process.exit(2);
}
for (const f of files) {
  if (!existsSync(f)) {
    console.error(`width: no such file: ${f}`);
    process.exit(2);
  }
}

const profile = mkdtempSync(join(tmpdir(), 'scan-width-profile-'));
let browser;
let failed = false;
try {
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  for (const f of files) {
    await page.goto(pathToFileURL(resolve(f)).href, { waitUntil: 'load' });
    const wide = await page.evaluate(() => {
      const out = [];
      const pageWidth = document.documentElement.clientWidth;
      for (const t of document.querySelectorAll('table')) {
        const box = t.getBoundingClientRect();
        const wrap = t.closest('.table-wrap');
        const overflow = wrap ? wrap.scrollWidth - wrap.clientWidth : 0;
        if (box.right > pageWidth + 0.5 || overflow > 0.5) {
          const cap = t.querySelector('caption');
          out.push(`${cap ? cap.textContent.trim() : '(table without caption)'}: ` +
            `${Math.round(box.width)} px wide, ${Math.round(overflow)} px to scroll`);
        }
      }
      if (document.documentElement.scrollWidth > pageWidth + 0.5) {
        out.push(`the page itself is ${document.documentElement.scrollWidth} px wide`);
      }
      return out;
    });
    if (wide.length) {
      failed = true;
      for (const w of wide) console.log(`width: FAIL ${f} at ${width} px: ${w}`);
    } else {
      console.log(`width: ok   ${f}: every table fits ${width} px`);
    }
  }
} catch (e) {
  console.error(`width: ${e.message}`);
  process.exitCode = 2;
} finally {
  if (browser) await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
if (failed && process.exitCode !== 2) process.exitCode = 1;
