#!/usr/bin/env node
// Runs axe-core in headless Debian Chromium on local HTML files.
//
//   node .ci/axe.mjs FILE...
//
// One browser for all files. For each file: open it by file:// URL, inject
// axe.min.js from node_modules, run axe with the tags wcag2a, wcag2aa and
// best-practice (override with AXE_TAGS=tag,tag), and print every violation
// with its id, impact, help text and the offending nodes.
//
// Reports must be self-contained, so every request the page makes other than
// file: and data: URLs is blocked and reported as a failure. (blob: URLs live
// in the page's memory and are allowed.) A file: request for anything other
// than the page itself is reported as a warning.
//
// Exit status: 0 clean, 1 any violation or external request, 2 usage or
// runtime error (browser failed to start, page failed to load, ...).
// CHROMIUM=/path overrides the browser (default /usr/bin/chromium).

import { mkdtempSync, rmSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = dirname(fileURLToPath(import.meta.url));
const AXE_PATH = join(here, 'node_modules', 'axe-core', 'axe.min.js');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TAGS = (process.env.AXE_TAGS || 'wcag2a,wcag2aa,best-practice')
  .split(',').map((t) => t.trim()).filter(Boolean);
const LOCAL_SCHEMES = new Set(['file:', 'data:', 'blob:']);

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node .ci/axe.mjs FILE...');
  process.exit(2);
}
for (const f of files) {
  if (!existsSync(f)) {
    console.error(`axe: no such file: ${f}`);
    process.exit(2);
  }
}
if (!existsSync(CHROMIUM)) {
  console.error(`axe: ${CHROMIUM} not found (run .ci/setup)`);
  process.exit(2);
}
const axeSource = readFileSync(AXE_PATH, 'utf8');

const oneLine = (s, max = 300) => {
  const t = String(s).replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
};

const profile = mkdtempSync(join(tmpdir(), 'scan-axe-profile-'));
let browser;
let failed = false;
let broken = false;
let totalViolations = 0;

try {
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

  for (const file of files) {
    const abs = resolve(file);
    const url = pathToFileURL(abs).href;
    const external = [];
    const localExtra = [];
    const page = await browser.newPage();
    try {
      await page.setBypassCSP(true); // so axe can be injected under a strict CSP
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        const u = req.url();
        let scheme;
        try { scheme = new URL(u).protocol; } catch { scheme = ''; }
        if (LOCAL_SCHEMES.has(scheme)) {
          if (scheme === 'file:' && u.split('#')[0] !== url) localExtra.push(u);
          req.continue().catch(() => {});
        } else {
          external.push(`${req.resourceType()} ${u}`);
          req.abort('blockedbyclient').catch(() => {});
        }
      });

      const resp = await page.goto(url, { waitUntil: 'load', timeout: 30000 });
      if (resp && !resp.ok() && resp.status() !== 0) {
        throw new Error(`loading ${url} gave status ${resp.status()}`);
      }
      await page.evaluate(axeSource);
      const results = await page.evaluate(async (tags) => {
        // eslint-disable-next-line no-undef
        const r = await axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations', 'incomplete'],
          // No fetching of stylesheets by axe itself: every request seen is
          // then one the page made.
          preload: false,
        });
        const pick = (list) => list.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          helpUrl: v.helpUrl,
          nodes: v.nodes.map((n) => ({
            target: n.target,
            html: n.html,
            summary: n.failureSummary,
          })),
        }));
        return {
          violations: pick(r.violations),
          incomplete: r.incomplete.map((v) => `${v.id} (${v.nodes.length})`),
          passes: r.passes.length,
          version: r.testEngine.version,
        };
      }, TAGS);

      for (const v of results.violations) {
        failed = true;
        totalViolations += 1;
        console.log(`${file}: axe ${v.id} [${v.impact}] ${v.help} (${v.helpUrl})`);
        for (const n of v.nodes) {
          console.log(`    target: ${n.target.map((t) => JSON.stringify(t)).join(' ')}`);
          console.log(`    html:   ${oneLine(n.html)}`);
          if (n.summary) console.log(`    fix:    ${oneLine(n.summary, 400)}`);
        }
      }
      for (const e of external) {
        failed = true;
        console.log(`${file}: external request blocked (report must be self-contained): ${e}`);
      }
      for (const u of localExtra) {
        console.log(`${file}: warning: loads another local file (not self-contained if moved): ${u}`);
      }
      if (results.incomplete.length > 0) {
        console.log(`${file}: note: axe needs manual review of: ${results.incomplete.join(', ')}`);
      }
      const ok = results.violations.length === 0 && external.length === 0;
      console.log(`${file}: axe-core ${results.version}: ${results.violations.length} violation(s), `
        + `${results.passes} rule(s) passed, ${external.length} external request(s) — ${ok ? 'ok' : 'FAIL'}`);
    } catch (err) {
      broken = true;
      console.log(`${file}: error: ${err && err.message ? err.message : err}`);
    } finally {
      await page.close().catch(() => {});
    }
  }
} catch (err) {
  broken = true;
  console.error(`axe: ${err && err.stack ? err.stack : err}`);
} finally {
  if (browser) await browser.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}

if (broken) process.exit(2);
if (failed) {
  console.log(`axe: FAIL (${totalViolations} violation(s) across ${files.length} file(s), see above)`);
  process.exit(1);
}
console.log(`axe: ok (${files.length} file(s))`);
