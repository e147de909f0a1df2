// The SPARQL editor: runs the query against the public read-only endpoint (/sparql) and shows the
// results as a table, linking the IRIs Quanze mints to their pages. All text comes from the page's
// data-msg-* attributes (the message bundles); every value is inserted as text, never as HTML.
(function () {
  const form = document.getElementById('query-form');
  if (!form) { return; }
  const editor = document.getElementById('sparql');
  const status = document.getElementById('query-status');
  const table = document.getElementById('results');
  const graphOut = document.getElementById('graph-results');
  const download = document.getElementById('download-csv');
  const base = form.dataset.base;
  const idPath = form.dataset.idPath;
  const msg = (key, ...args) => (form.dataset['msg' + key] || key).replace(/\{(\d)\}/g, (_, i) => args[i]);

  function updateDownload() {
    const url = new URL(form.action, window.location.href);
    url.searchParams.set('query', editor.value);
    url.searchParams.set('output', 'csv');
    download.href = url.pathname + url.search;
  }

  function pageOf(iri) {
    if (!iri.startsWith(base)) { return iri; }
    return idPath + iri.substring(base.length).split('/').map(encodeURIComponent).join('/');
  }

  function cell(term) {
    const td = document.createElement('td');
    if (!term) { return td; }
    if (term.type === 'uri') {
      const a = document.createElement('a');
      a.href = pageOf(term.value);
      a.textContent = term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
      if (term['xml:lang']) { td.lang = term['xml:lang']; }
    }
    return td;
  }

  function showSelect(json, limited) {
    table.replaceChildren();
    const vars = json.head.vars || [];
    const head = document.createElement('tr');
    vars.forEach(v => { const th = document.createElement('th'); th.scope = 'col'; th.textContent = v; head.appendChild(th); });
    const thead = document.createElement('thead'); thead.appendChild(head); table.appendChild(thead);
    const tbody = document.createElement('tbody');
    json.results.bindings.forEach(b => {
      const tr = document.createElement('tr');
      vars.forEach(v => tr.appendChild(cell(b[v])));
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    table.hidden = false;
    const n = json.results.bindings.length;
    status.textContent = n === 0 ? msg('Empty') : msg('Rows', n) + (limited ? ' ' + msg('Limited', limited) : '');
  }

  async function run(event) {
    event.preventDefault();
    updateDownload();
    status.classList.remove('error');
    status.textContent = msg('Running');
    table.hidden = true; graphOut.hidden = true;
    const body = new URLSearchParams({ query: editor.value });
    try {
      const response = await fetch(form.action, {
        method: 'POST', body,
        headers: { 'Accept': 'application/sparql-results+json, text/turtle;q=0.9' }
      });
      const type = response.headers.get('Content-Type') || '';
      const text = await response.text();
      if (!response.ok) {
        status.classList.add('error');
        status.textContent = msg('Error', response.status) + '\n' + text;
        return;
      }
      if (type.includes('json')) {
        const json = JSON.parse(text);
        if (typeof json.boolean === 'boolean') {
          status.textContent = json.boolean ? msg('Yes') : msg('No');
        } else {
          showSelect(json, response.headers.get('X-Quanze-Result-Limit'));
        }
      } else {
        graphOut.textContent = text;
        graphOut.hidden = false;
        status.textContent = '';
      }
    } catch (e) {
      status.classList.add('error');
      status.textContent = msg('Error', '') + ' ' + e;
    }
  }

  form.addEventListener('submit', run);
  editor.addEventListener('input', updateDownload);
  editor.addEventListener('keydown', e => { if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { run(e); } });
  updateDownload();
})();
