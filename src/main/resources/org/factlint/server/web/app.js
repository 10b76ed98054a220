// factlint web page. The draft is only ever put on the page as text (textContent, createTextNode):
// never through innerHTML, so markup in a draft is shown, not run.
'use strict';

(function () {
  const form = document.getElementById('draft-form');
  const draft = document.getElementById('draft');
  const fileInput = document.getElementById('file');
  const format = document.getElementById('format');
  const date = document.getElementById('date');
  const checkButton = document.getElementById('check');
  const status = document.getElementById('status');
  const results = document.getElementById('results');
  const summary = document.getElementById('summary');
  const article = document.getElementById('article');
  const findingList = document.getElementById('findings');

  let dateTouched = false;  // a date the user typed is never overwritten by the draft's own
  let fileName = null;

  date.addEventListener('input', () => { dateTouched = date.value !== ''; });
  draft.addEventListener('input', () => { fileName = null; adoptDraft(draft.value, null); });
  fileInput.addEventListener('change', () => { if (fileInput.files.length) readFile(fileInput.files[0]); });
  draft.addEventListener('dragover', (event) => { event.preventDefault(); draft.classList.add('dragging'); });
  draft.addEventListener('dragleave', () => draft.classList.remove('dragging'));
  draft.addEventListener('drop', (event) => {
    event.preventDefault();
    draft.classList.remove('dragging');
    if (event.dataTransfer.files.length) readFile(event.dataTransfer.files[0]);
  });
  form.addEventListener('submit', (event) => { event.preventDefault(); check(); });

  function readFile(file) {
    file.text().then((text) => {
      draft.value = text;
      fileName = file.name;
      adoptDraft(text, file.name);
    }, () => showError('Could not read ' + file.name));
  }

  /** Guesses the format and takes the publication date from the draft, as the server would. */
  function adoptDraft(text, name) {
    format.value = guessFormat(text, name);
    const found = format.value === 'md' ? frontMatterDate(text) : format.value === 'html' ? htmlDate(text) : null;
    if (found && !dateTouched) date.value = found;
  }

  function guessFormat(text, name) {
    const lower = (name || '').toLowerCase();
    if (/\.(md|markdown)$/.test(lower)) return 'md';
    if (/\.html?$/.test(lower)) return 'html';
    if (name) return 'txt';
    if (/^\uFEFF?---\r?\n/.test(text)) return 'md';
    if (/^\s*</.test(text)) return 'html';
    return format.value;
  }

  /** date: in YAML front matter (quoted or not; a timestamp keeps its date part). */
  function frontMatterDate(text) {
    const block = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/.exec(text);
    if (!block) return null;
    const line = /^date:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(block[1]);
    return line ? line[1] : null;
  }

  function htmlDate(text) {
    const meta = /<meta[^>]+property=["']article:published_time["'][^>]*content=["'](\d{4}-\d{2}-\d{2})/i.exec(text)
      || /<time[^>]+datetime=["'](\d{4}-\d{2}-\d{2})/i.exec(text);
    return meta ? meta[1] : null;
  }

  async function check() {
    const text = draft.value;
    if (text.trim() === '') { showError('The draft is empty.'); return; }
    const request = { text: text, format: format.value, includeClaims: true };
    if (date.value) request.date = date.value;
    if (fileName) request.name = fileName;
    checkButton.disabled = true;
    results.dataset.state = 'checking';
    setStatus('Checking…', false);
    try {
      const response = await fetch('/api/check', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request)
      });
      const body = await response.json().catch(() => ({ error: 'unreadable response (HTTP ' + response.status + ')' }));
      if (!response.ok) { showError(body.error || 'HTTP ' + response.status); return; }
      render(text, body.files[0]);
    } catch (error) {
      showError('The server did not answer: ' + error.message);
    } finally {
      checkButton.disabled = false;
    }
  }

  function setStatus(message, isError) {
    status.textContent = message;
    status.classList.toggle('error', isError);
  }

  function showError(message) { setStatus(message, true); }

  /** Verified claims come as info findings that say so (e.g. "Conversion verified: ..."). */
  function isVerified(finding) {
    return finding.severity === 'info' && /\bverified\b/i.test(finding.message);
  }

  function render(text, file) {
    const findings = file.findings;
    const claims = file.claims || [];
    const ranges = [];
    findings.forEach((f, i) => {
      ranges.push({ start: f.location.start, end: f.location.end, kind: 'finding', index: i, finding: f });
      f.related.forEach((r, j) => ranges.push({ start: r.start, end: r.end, kind: 'related', index: i, related: j }));
    });
    claims.forEach((c) => { if (c.location) ranges.push({ start: c.location.start, end: c.location.end, kind: 'claim', claim: c }); });

    const marks = buildArticle(text, ranges);
    buildFindingList(findings, marks);

    const counts = { error: 0, warning: 0, info: 0 };
    findings.forEach((f) => { counts[f.severity]++; });
    const dateNote = file.publicationDate ? 'published ' + file.publicationDate : 'no date given, assumed ' + file.assumedDate;
    summary.textContent = findings.length === 0
      ? 'No findings (' + dateNote + ', ' + claims.length + ' claims)'
      : findings.length + ' finding' + (findings.length === 1 ? '' : 's') + ': ' + counts.error + ' errors, '
        + counts.warning + ' warnings, ' + counts.info + ' info (' + dateNote + ', ' + claims.length + ' claims)';
    setStatus('', false);
    results.hidden = false;
    results.dataset.state = 'done';
  }

  /**
   * Splits the text at every range boundary and wraps each covered piece in one span whose classes
   * say what covers it; overlapping ranges therefore need no nesting. Returns, per finding index,
   * the spans of its location and of each related span.
   */
  function buildArticle(text, ranges) {
    const cuts = new Set([0, text.length]);
    ranges.forEach((r) => {
      r.start = Math.max(0, Math.min(r.start, text.length));
      r.end = Math.max(r.start, Math.min(r.end, text.length));
      cuts.add(r.start); cuts.add(r.end);
    });
    const points = Array.from(cuts).sort((a, b) => a - b);
    const marks = new Map();
    const fragment = document.createDocumentFragment();
    for (let p = 0; p + 1 < points.length; p++) {
      const from = points[p], to = points[p + 1];
      const piece = text.slice(from, to);
      const covering = ranges.filter((r) => r.start <= from && r.end >= to && r.start < r.end);
      if (covering.length === 0) { fragment.appendChild(document.createTextNode(piece)); continue; }
      const span = document.createElement('span');
      span.textContent = piece;
      const titles = [];
      let worst = null;
      covering.forEach((r) => {
        if (r.kind === 'finding') {
          span.classList.add('finding');
          if (isVerified(r.finding)) span.classList.add('verified');
          worst = moreSevere(worst, r.finding.severity);
          titles.push(r.finding.severity + ': ' + r.finding.message);
          marksOf(marks, r.index).location.push(span);
          if (span.dataset.finding === undefined) span.dataset.finding = String(r.index);
        } else if (r.kind === 'related') {
          span.classList.add('related');
          marksOf(marks, r.index).related.push({ span: span, which: r.related });
        } else {
          span.classList.add('claim');
          titles.push(r.claim.type + (r.claim.value === null ? '' : ' ' + r.claim.value) + (r.claim.unit ? ' ' + r.claim.unit : ''));
        }
      });
      if (worst) span.classList.add('sev-' + worst);
      if (titles.length) span.title = titles.join('\n');
      if (span.dataset.finding !== undefined) span.addEventListener('click', () => activate(Number(span.dataset.finding), marks, true));
      fragment.appendChild(span);
    }
    article.replaceChildren(fragment);
    return marks;
  }

  function marksOf(marks, index) {
    if (!marks.has(index)) marks.set(index, { location: [], related: [] });
    return marks.get(index);
  }

  function moreSevere(a, b) {
    const order = { info: 0, warning: 1, error: 2 };
    return a === null || order[b] > order[a] ? b : a;
  }

  function buildFindingList(findings, marks) {
    findingList.replaceChildren();
    findings.forEach((f, i) => {
      const item = document.createElement('li');
      item.id = 'finding-' + i;
      item.classList.add('sev-' + f.severity);
      if (isVerified(f)) item.classList.add('verified');
      const head = element('div', 'head');
      head.append(element('span', 'badge', isVerified(f) ? 'verified' : f.severity),
        document.createTextNode('line ' + f.location.line + ': “' + f.location.text + '”'));
      item.append(head, element('div', 'message', f.message));
      f.related.forEach((r, j) => {
        const line = element('div', 'related-line');
        const link = element('button', 'link', '“' + r.text + '” (line ' + r.line + ')');
        link.type = 'button';
        link.addEventListener('click', (event) => {
          event.stopPropagation();
          const target = (marks.get(i) || { related: [] }).related.find((m) => m.which === j);
          if (target) scrollTo(target.span);
        });
        line.append(document.createTextNode('Related: '), link);
        if (r.message) line.append(document.createTextNode(' ' + r.message));
        item.append(line);
      });
      if (f.arithmetic) item.append(element('div', 'arithmetic', f.arithmetic));
      if (f.suggestion) item.append(element('div', 'suggestion', 'Suggestion: ' + f.suggestion));
      item.append(element('div', 'rule', f.ruleId));
      item.addEventListener('click', () => activate(i, marks, false));
      findingList.append(item);
    });
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** Highlights one finding, its spans and its related spans; scrolls the other side to it. */
  function activate(index, marks, fromArticle) {
    document.querySelectorAll('.active').forEach((node) => node.classList.remove('active'));
    const item = document.getElementById('finding-' + index);
    const mine = marks.get(index) || { location: [], related: [] };
    if (item) item.classList.add('active');
    mine.location.forEach((span) => span.classList.add('active'));
    mine.related.forEach((m) => m.span.classList.add('active'));
    if (fromArticle) { if (item) item.scrollIntoView({ block: 'nearest', behavior: 'smooth' }); }
    else if (mine.location.length) scrollTo(mine.location[0]);
  }

  function scrollTo(span) {
    span.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
})();
