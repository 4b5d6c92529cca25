// A minimal Chrome DevTools Protocol client: starts headless Chromium, opens pages, runs
// expressions, presses keys, records console errors and takes screenshots.
//
// It uses only Node's standard library (WebSocket is built into Node 22 and behind
// --experimental-websocket in Node 20), so the browser tests need no npm package and no
// download besides Debian's chromium.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--hide-scrollbars', '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0',
];

export async function launch(executable = process.env.CHROMIUM || '/usr/bin/chromium') {
  const profile = mkdtempSync(join(tmpdir(), 'cadrage-chromium-'));
  const proc = spawn(executable, [...FLAGS, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wsUrl = await new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`chromium did not start:\n${err}`)), 30000);
    proc.stderr.on('data', (d) => {
      err += d;
      const m = err.match(/DevTools listening on (ws:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.on('exit', (code) => reject(new Error(`chromium exited with ${code}:\n${err}`)));
  });
  const browser = new Browser(proc, profile);
  await browser.connect(wsUrl);
  return browser;
}

class Browser {
  constructor(proc, profile) {
    this.proc = proc;
    this.profile = profile;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = [];
  }

  connect(url) {
    return new Promise((resolve, reject) => {
      this.ws = new WebSocket(url);
      this.ws.onopen = () => resolve();
      this.ws.onerror = (e) => reject(new Error(`websocket: ${e.message || e}`));
      this.ws.onmessage = (m) => {
        const msg = JSON.parse(m.data);
        if (msg.id && this.pending.has(msg.id)) {
          const { resolve, reject } = this.pending.get(msg.id);
          this.pending.delete(msg.id);
          if (msg.error) reject(new Error(`${msg.error.message} ${msg.error.data || ''}`));
          else resolve(msg.result);
        } else if (msg.method) {
          for (const l of this.listeners) l(msg);
        }
      };
    });
  }

  send(method, params = {}, sessionId = undefined) {
    const id = this.nextId++;
    this.ws.send(JSON.stringify({ id, method, params, sessionId }));
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      setTimeout(() => {
        if (this.pending.delete(id)) reject(new Error(`${method}: no answer in 30 s`));
      }, 30000);
    });
  }

  async newPage(width = 1100, height = 900) {
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    const page = new Page(this, sessionId, targetId);
    this.listeners.push((msg) => {
      if (msg.sessionId === sessionId) page.onEvent(msg);
    });
    await page.send('Page.enable');
    await page.send('Runtime.enable');
    await page.send('Log.enable');
    await page.send('Emulation.setDeviceMetricsOverride', {
      width, height, deviceScaleFactor: 1, mobile: false,
    });
    return page;
  }

  async close() {
    try {
      await this.send('Browser.close');
    } catch {
      this.proc.kill();
    }
    await new Promise((r) => (this.proc.exitCode !== null ? r() : this.proc.on('exit', r)));
    this.ws.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}

class Page {
  constructor(browser, sessionId, targetId) {
    this.browser = browser;
    this.sessionId = sessionId;
    this.targetId = targetId;
    // Everything the page reported that a clean page must not: console errors and warnings,
    // uncaught exceptions, log entries of level error or warning (CSP violations are logged
    // there), and dialogs (alert, confirm, prompt).
    this.problems = [];
    this.loaded = null;
  }

  send(method, params = {}) {
    return this.browser.send(method, params, this.sessionId);
  }

  onEvent(msg) {
    const p = msg.params || {};
    switch (msg.method) {
      case 'Runtime.consoleAPICalled':
        if (p.type === 'error' || p.type === 'warning' || p.type === 'assert') {
          this.problems.push(`console.${p.type}: ${p.args.map((a) => a.value ?? a.description).join(' ')}`);
        }
        break;
      case 'Runtime.exceptionThrown':
        this.problems.push(`exception: ${p.exceptionDetails.text} ${p.exceptionDetails.exception?.description || ''}`);
        break;
      case 'Log.entryAdded':
        if (p.entry.level === 'error' || p.entry.level === 'warning') {
          this.problems.push(`log ${p.entry.level} (${p.entry.source}): ${p.entry.text}`);
        }
        break;
      case 'Page.javascriptDialogOpening':
        this.problems.push(`dialog ${p.type}: ${p.message}`);
        this.send('Page.handleJavaScriptDialog', { accept: false }).catch(() => {});
        break;
      case 'Page.loadEventFired':
        if (this.loaded) this.loaded();
        break;
      default:
    }
  }

  async goto(url) {
    const done = new Promise((resolve) => (this.loaded = resolve));
    await this.send('Page.navigate', { url });
    await done;
    // Let late console messages arrive.
    await new Promise((r) => setTimeout(r, 300));
  }

  async eval(expression) {
    const r = await this.send('Runtime.evaluate', { expression, returnByValue: true });
    if (r.exceptionDetails) throw new Error(`eval failed: ${r.exceptionDetails.text}: ${expression}`);
    return r.result.value;
  }

  async press(key, code, keyCode, modifiers = 0) {
    const base = { key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode, modifiers };
    await this.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...base });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base });
  }

  // A PNG of the page: the whole page, or its first `maxHeight` CSS pixels.
  async screenshot(maxHeight = 0) {
    const m = await this.send('Page.getLayoutMetrics');
    const width = Math.ceil(m.cssContentSize.width);
    const full = Math.ceil(m.cssContentSize.height);
    const height = maxHeight > 0 ? Math.min(full, maxHeight) : full;
    const r = await this.send('Page.captureScreenshot', {
      format: 'png',
      captureBeyondViewport: true,
      clip: { x: 0, y: 0, width, height, scale: 1 },
    });
    return Buffer.from(r.data, 'base64');
  }

  async close() {
    await this.browser.send('Target.closeTarget', { targetId: this.targetId });
  }
}
