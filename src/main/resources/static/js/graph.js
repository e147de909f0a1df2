// Draws the graph of one power or article with ECharts (served by the app, no CDN). Labels are
// set as text by ECharts; clicking a node opens its page.
(function () {
  const el = document.getElementById('graph');
  if (!el || !window.echarts) { return; }
  const colours = { power: '#9b1b1b', duty: '#1d4f91', case: '#8a5a00', article: '#1f6f43' };
  const sizes = { power: 44, duty: 26, case: 22, article: 34 };
  fetch(el.dataset.src, { headers: { 'Accept': 'application/json' } })
    .then(r => r.json())
    .then(g => {
      const kinds = ['power', 'duty', 'case', 'article'];
      const chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption({
        tooltip: { formatter: p => p.dataType === 'node' ? echarts.format.encodeHTML(p.data.fullName) : '' },
        legend: [{ data: kinds.map(k => el.dataset['kind' + k.charAt(0).toUpperCase() + k.slice(1)]) }],
        series: [{
          type: 'graph', layout: 'force', roam: true, draggable: true,
          force: { repulsion: 260, edgeLength: [60, 140], gravity: 0.08 },
          categories: kinds.map(k => ({ name: el.dataset['kind' + k.charAt(0).toUpperCase() + k.slice(1)], itemStyle: { color: colours[k] } })),
          label: { show: true, position: 'right', fontSize: 11, formatter: p => p.data.shortName },
          labelLayout: { hideOverlap: true },
          lineStyle: { color: '#9aa4b1', curveness: 0.05 },
          data: g.nodes.map(n => ({
            id: n.id, name: n.id, fullName: n.label, href: n.href, category: kinds.indexOf(n.kind),
            shortName: n.label.length > 16 ? n.label.substring(0, 16) + '…' : n.label,
            symbolSize: sizes[n.kind] || 20, itemStyle: { color: colours[n.kind] }
          })),
          links: g.edges.map(e => ({ source: e.source, target: e.target }))
        }]
      });
      chart.on('click', p => { if (p.dataType === 'node' && p.data.href) { window.location.href = p.data.href; } });
      window.addEventListener('resize', () => chart.resize());
      el.dataset.ready = String(g.nodes.length);
    });
})();
