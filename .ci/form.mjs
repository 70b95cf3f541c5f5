#!/usr/bin/env node
// Fills in the form of `scan new --format form` in headless Chromium, as a
// facilitator would, and checks that what it writes is what was typed:
//
//   node .ci/form.mjs SCAN_BINARY WORKDIR
//
// For the built-in Partnerschapscan and for a definition file whose labels attack
// the page: writes the form, opens it from disk, picks a score for every item
// (one item not applicable), types a text with quotes, a backslash, a new line and
// `"""` and examples, reloads (nothing may be lost), reads #toml, then runs
// `scan validate` on it and `scan import` into a new session, and compares the
// report's scores and texts with what was typed. Any dialog (an injected script)
// or request off the disk fails the run.
// Exit: 0 clean, 1 a check failed, 2 the browser or scan could not run.

import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const [bin, work] = process.argv.slice(2);
if (!bin || !work || !existsSync(bin)) {
  console.error('usage: node .ci/form.mjs SCAN_BINARY WORKDIR');
  process.exit(2);
}

let failed = false;
const fail = (msg) => { console.error(`form: ${msg}`); failed = true; };
const scan = (args, ok = [0]) => {
  try {
    return execFileSync(bin, args, { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    if (ok.includes(e.status)) { return e.stdout; }
    fail(`scan ${args.join(' ')} exited ${e.status}:\n${e.stderr}`);
    return '';
  }
};

// What a facilitator types: every character TOML must escape, and `"""`.
const hard = 'Zij zei: "ja" \\ en toen\nnog een regel met """ erin';

const cases = [
  { name: 'builtin', args: ['--org', 'Kindcentrum De Regenboog', '--type', 'childcare', '--team', 'Team peuters & "kleuters"'], definition: null },
  { name: 'own-definition', args: ['--org', 'Club <b>', '--type', 'club', '--team', 'Team </script>', '--definition', 'hostile-def.toml'], definition: 'hostile-def.toml' },
];

writeFileSync(join(work, 'hostile-def.toml'), `[scan]
id = "hostile-def"
version = "1.0"
title = "Scan </script><script>alert('title')</script>"
language = "en"

[scale]
min = 1
max = 3
labels = ["Low </script><script>alert(1)</script>", "Mid \\" onmouseover=\\"alert(2)", "High \`\${alert(3)}\`"]

[types]
club = "Club </textarea><script>alert('type')</script>"

[[criterion]]
code = "A"
title = "Vision <img src=x onerror=alert(4)>"

  [[criterion.item]]
  code = "A1"
  question = "Why? </script><!-- <script>alert(5)</script>"

  [[criterion.item]]
  code = "A2"
  question = "How '); alert(6); ('"
`);

const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
  for (const c of cases) {
    const html = join(work, `form-${c.name}.html`);
    scan(['new', '--format', 'form', ...c.args, '-o', html]);
    const page = await browser.newPage();
    page.on('dialog', async (d) => { fail(`${c.name}: a script ran in the page: ${d.message()}`); await d.dismiss(); });
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      const u = r.url();
      if (u.startsWith('file:') || u.startsWith('data:') || u.startsWith('blob:')) { r.continue(); } else { fail(`${c.name}: request to ${u}`); r.abort(); }
    });
    page.on('pageerror', (e) => fail(`${c.name}: script error: ${e.message}`));
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
    const items = await page.evaluate(() => JSON.parse(document.getElementById('form-data').textContent).items);
    const scale = await page.evaluate((code) => Array.from(document.querySelectorAll(`input[type=radio][name="${code}.score"]`)).map((r) => r.value).filter((v) => v !== ''), items[0]);
    const want = {};
    for (const [i, code] of items.entries()) {
      const field = (name) => `[name="${code}.${name}"]`;
      if (i === 1) {
        await page.click(field('na'));
        await page.type(field('text'), `Niet bij ons ${code}.`);
        want[code] = { na: true, text: `Niet bij ons ${code}.` };
        continue;
      }
      const score = scale[i % scale.length];
      await page.click(`input[type=radio][name="${code}.score"][value="${score}"]`);
      const text = i === 0 ? hard : `Verhaal over ${code}.`;
      await page.type(field('text'), text);
      await page.type(field('examples'), `koffie ${code}; rondleiding ;koffie ${code}`);
      want[code] = { score: Number(score), text, examples: [`koffie ${code}`, 'rondleiding'] };
    }
    const before = await page.$eval('#toml', (t) => t.value);
    await page.reload({ waitUntil: 'load' });
    const after = await page.$eval('#toml', (t) => t.value);
    if (before !== after) { fail(`${c.name}: the TOML changed after a reload:\n${before}\n---\n${after}`); }
    const stillThere = await page.$eval(`[name="${items[0]}.text"]`, (t) => t.value);
    if (stillThere !== hard) { fail(`${c.name}: the text was not kept after a reload: ${JSON.stringify(stillThere)}`); }
    const readonly = await page.$eval('#toml', (t) => t.readOnly);
    if (!readonly) { fail(`${c.name}: #toml is not read-only`); }
    await page.close();

    const toml = join(work, `${c.name}.toml`);
    writeFileSync(toml, after);
    const v = JSON.parse(scan(['validate', '--format', 'json', toml], [0, 1]) || '{}');
    if (v.errors !== 0) { fail(`${c.name}: the form's TOML does not validate:\n${JSON.stringify(v.diagnostics, null, 1)}\n${after}`); }
    const report = JSON.parse(scan(['report', '--format', 'json', toml]) || '{"teams":[]}');
    const team = report.teams[0] || { items: [] };
    const check = (where, items) => {
      for (const [code, w] of Object.entries(want)) {
        const it = items.find((x) => x.code === code);
        if (!it) { fail(`${where}: ${code} missing`); continue; }
        if (w.na && !it.na) { fail(`${where}: ${code} should be not applicable`); }
        if (w.score !== undefined && it.score !== w.score) { fail(`${where}: ${code} score ${it.score}, typed ${w.score}`); }
      }
    };
    check(`${c.name} report`, team.items);
    const text = readFileSync(toml, 'utf8');
    for (const [code, w] of Object.entries(want)) {
      const parsed = JSON.stringify(w.text).slice(1, -1);
      if (!text.includes(parsed)) { fail(`${c.name}: ${code}'s text is not written as typed`); }
      if (w.examples && !text.includes(`examples = [${w.examples.map((e) => JSON.stringify(e)).join(', ')}]`)) { fail(`${c.name}: ${code}'s examples are not ${w.examples}`); }
    }

    // scan import merges the form's file into a session of the same definition.
    const target = join(work, `${c.name}-session.toml`);
    const def = c.definition ? ['--definition', c.definition] : [];
    const type = c.definition ? 'club' : 'childcare';
    scan(['new', '--org', 'Org', '--type', type, ...def, '-o', target]);
    // With a definition file the session refers to it by path and the form's file
    // carries it inline: both are the same definition, so the import is accepted.
    scan(['import', toml, '--into', target]);
    const merged = JSON.parse(scan(['report', '--format', 'json', target]) || '{"teams":[]}');
    const imported = merged.teams.find((t) => t.items.some((i) => i.answered && want[i.code] && want[i.code].score === i.score));
    if (!imported) { fail(`${c.name}: scan import did not bring the form's answers in`); } else { check(`${c.name} import`, imported.items); }
    console.log(`form: ${c.name}: ${items.length} items filled, kept after reload, validated and imported`);
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
