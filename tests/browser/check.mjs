// Browser tests of cadrage's HTML pages in headless Chromium.
//
// Usage: node --experimental-websocket tests/browser/check.mjs DIR
// DIR holds the pages that scripts/browser-tests.sh generated: reportage.html (an article of
// our own with a small test lexicon), hostile.html (an article full of markup that tries to
// run script and change the page), sample.html (a shipped sample with the built-in lexicons)
// and, when present, corpus.html. Screenshots are written beside them. Prints one line per
// check and a closing `N passed, M failed` line; exits 1 when a check fails.

import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from './cdp.mjs';

const dir = resolve(process.argv[2] || 'target/browser-tests');
let passed = 0;
let failed = 0;

function check(name, ok, detail = '') {
  if (ok) {
    passed += 1;
    console.log(`ok   ${name}`);
  } else {
    failed += 1;
    console.log(`FAIL ${name}${detail ? `: ${detail}` : ''}`);
  }
}

// Counts of the elements every article page must hold, read from the rendered DOM.
const STRUCTURE = `(() => {
  const q = (s) => document.querySelectorAll(s).length;
  const svgs = [...document.querySelectorAll('svg.chart')];
  return {
    htmlLang: document.documentElement.lang,
    csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content || '',
    scripts: document.scripts.length,
    main: q('main'),
    sections: q('main section'),
    articles: q('main article'),
    frenchText: q('article [lang="fr"]'),
    legend: q('section.legend'),
    sentences: q('ol.sentences > li.s'),
    voices: q('ol.sentences > li.s .vb'),
    editorial: q('li.s.ed .edflag'),
    reasons: q('li.s.ed .why li'),
    hits: q('mark.hit[tabindex="0"][title]'),
    quotes: q('ul.quotes li'),
    figures: q('figure > figcaption'),
    charts: svgs.length,
    chartsLabelled: svgs.filter((s) => s.getAttribute('role') === 'img'
      && s.querySelector(':scope > title') && s.querySelector(':scope > desc')
      && (s.getAttribute('aria-labelledby') || '').split(' ').every((id) => document.getElementById(id))).length,
    tableHeaders: q('table th[scope]'),
    tablesWithoutHeaders: [...document.querySelectorAll('table')].filter((t) => !t.querySelector('th[scope]')).length,
    styled: getComputedStyle(document.querySelector('li.s')).borderLeftWidth !== '0px',
  };
})()`;

async function articlePage(browser, file, name, expect) {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(dir, file)).href);
  check(`${name}: loads without console errors, CSP violations or dialogs`, page.problems.length === 0,
    page.problems.join(' | '));
  const s = await page.eval(STRUCTURE);
  check(`${name}: page language is English, article text is marked French`,
    s.htmlLang === 'en' && s.frenchText > 0, JSON.stringify(s));
  check(`${name}: strict CSP, no script element`,
    s.csp.includes("default-src 'none'") && s.csp.includes("style-src 'sha256-") && s.scripts === 0, s.csp);
  check(`${name}: the stylesheet is applied (its CSP hash matches)`, s.styled);
  check(`${name}: main, sections, article and legend present`,
    s.main === 1 && s.sections >= 3 && s.articles === expect.articles && s.legend === 1, JSON.stringify(s));
  check(`${name}: every sentence carries a voice label`,
    s.sentences >= expect.minSentences && s.voices === s.sentences, `${s.voices}/${s.sentences}`);
  check(`${name}: editorial sentences are marked and give reasons`,
    s.editorial >= expect.minEditorial && s.reasons >= s.editorial, `${s.editorial} flagged, ${s.reasons} reasons`);
  check(`${name}: lexicon hits are focusable with a tooltip`, s.hits >= expect.minHits, `${s.hits}`);
  check(`${name}: quotations listed with their speaker`, s.quotes >= expect.minQuotes, `${s.quotes}`);
  check(`${name}: labelled SVG charts in figures`,
    s.charts >= 2 && s.chartsLabelled === s.charts && s.figures >= s.charts, `${s.chartsLabelled}/${s.charts}`);
  check(`${name}: every table has scoped header cells`, s.tableHeaders > 0 && s.tablesWithoutHeaders === 0);
  return page;
}

// Tabs through the page until a lexicon hit has the focus, then reads its tooltip.
async function keyboard(page, name) {
  let found = null;
  for (let k = 0; k < 80 && !found; k += 1) {
    await page.press('Tab', 'Tab', 9);
    found = await page.eval(`(() => {
      const e = document.activeElement;
      if (!e || !e.matches('mark.hit')) return null;
      const tip = getComputedStyle(e, '::after').content;
      return { title: e.title, tip, visible: getComputedStyle(e, '::after').display !== 'none' };
    })()`);
  }
  check(`${name}: Tab reaches a lexicon hit`, found !== null);
  check(`${name}: a focused hit shows its details (category, weight, lexicon line, status)`,
    found && found.visible && /weight/.test(found.tip) && /:\d+/.test(found.tip) && /scored/.test(found.tip),
    JSON.stringify(found));
  const summary = await page.eval(`(() => {
    const s = document.querySelector('details > summary');
    if (!s) return 'none';
    s.focus();
    return document.activeElement === s ? 'focusable' : 'not focusable';
  })()`);
  check(`${name}: folded details are keyboard reachable`, summary === 'focusable' || summary === 'none', summary);
}

async function shoot(page, file, maxHeight = 0) {
  await page.eval('document.activeElement && document.activeElement.blur(), window.scrollTo(0, 0)');
  const png = await page.screenshot(maxHeight);
  writeFileSync(join(dir, file), png);
  check(`screenshot ${file} written`, png.length > 10000, `${png.length} bytes`);
}

const browser = await launch();
try {
  let page = await articlePage(browser, 'reportage.html', 'reportage', {
    articles: 1, minSentences: 8, minEditorial: 2, minHits: 4, minQuotes: 2,
  });
  await keyboard(page, 'reportage');
  await shoot(page, 'reportage.png');
  await page.close();

  page = await articlePage(browser, 'hostile.html', 'hostile', {
    articles: 1, minSentences: 4, minEditorial: 1, minHits: 1, minQuotes: 1,
  });
  const h = await page.eval(`(() => ({
    title: document.title,
    pwned: !!document.getElementById('pwned'),
    foreign: document.querySelectorAll('main img, main iframe, main script, main a[href^="javascript"], main svg:not(.chart), main textarea').length,
    handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
    text: document.body.innerText,
  }))()`);
  check('hostile: the title was not changed by the article', h.title.startsWith('cadrage · Titre piégé </title><script>') && !h.title.startsWith('PWNED'), h.title);
  check('hostile: the article script did not add its element', !h.pwned);
  check('hostile: no img, iframe, script, javascript: link or foreign svg in the page', h.foreign === 0, `${h.foreign}`);
  check('hostile: no element carries an event handler attribute', h.handlers === 0, `${h.handlers}`);
  check('hostile: the markup is shown as text',
    h.text.includes("<script>document.title='PWNED'") && h.text.includes('<img src=x onerror=')
    && h.text.includes('&lt;b&gt;') && h.text.includes('Vigie "Alerte" <b>gras</b> & Cie')
    && h.text.includes("javascript:document.title='PWNED'"));
  await shoot(page, 'hostile.png', 1600);
  await page.close();

  if (existsSync(join(dir, 'sample.html'))) {
    page = await articlePage(browser, 'sample.html', 'sample', {
      articles: 1, minSentences: 10, minEditorial: 1, minHits: 1, minQuotes: 1,
    });
    await shoot(page, 'sample.png');
    await shoot(page, 'score-report.png', 2200);
    await page.close();
  }

  if (existsSync(join(dir, 'corpus.html'))) {
    page = await browser.newPage();
    await page.goto(pathToFileURL(join(dir, 'corpus.html')).href);
    check('corpus: loads without console errors, CSP violations or dialogs', page.problems.length === 0,
      page.problems.join(' | '));
    const c = await page.eval(`(() => {
      const links = [...document.querySelectorAll('table.index a[href^="#"]')];
      return {
        intervals: document.querySelectorAll('svg.chart line.ci').length,
        points: document.querySelectorAll('svg.chart circle.pt').length,
        rows: document.querySelectorAll('table.index tbody tr').length,
        links: links.length,
        linksResolve: links.every((a) => document.getElementById(a.getAttribute('href').slice(1))),
        views: document.querySelectorAll('main article.art').length,
        charts: document.querySelectorAll('svg.chart[role="img"] > title').length,
      };
    })()`);
    check('corpus: outlet comparison with interval bars', c.points >= 2 && c.intervals >= 3 * 2, JSON.stringify(c));
    check('corpus: index rows link to article views in the page', c.rows >= 2 && c.links === c.views && c.linksResolve, JSON.stringify(c));
    await shoot(page, 'corpus.png', 2400);
    await page.close();
  }
} catch (e) {
  check('browser session', false, e.stack || String(e));
} finally {
  await browser.close();
}
console.log(`browser tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
