// Draws each statistics table as a chart. The table stays on the page and is the source:
// the chart is a picture of numbers everyone can also read, copy and download.
// The boxes keep their size from the style sheet (nothing moves when a chart appears), and a
// chart is drawn only when its box comes near the screen, so a phone does not draw five at once.
// Chart.js itself (200 KB) is fetched only then, from the address the script tag names: a reader
// of the tables at the top of the page never pays for it.
(function () {
  var library = document.currentScript && document.currentScript.getAttribute('data-chart-library');
  var palette = ['#0b50d0', '#e0662a', '#1d8a5b', '#8a4bd6', '#c2185b', '#5c6b7a', '#b58900'];
  var boxes = document.querySelectorAll('[data-chart]');
  var waiting = [];
  var loading = false;
  if (boxes.length === 0) { return; }
  if (!('IntersectionObserver' in window)) {
    boxes.forEach(whenReady);
    return;
  }
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) {
        observer.unobserve(entry.target);
        whenReady(entry.target);
      }
    });
  }, { rootMargin: '200px 0px' });
  boxes.forEach(function (box) { observer.observe(box); });

  function whenReady(box) {
    if (typeof Chart !== 'undefined') { draw(box); return; }
    waiting.push(box);
    if (loading || !library) { return; }
    loading = true;
    var script = document.createElement('script');
    script.src = library;
    script.onload = function () { waiting.splice(0).forEach(draw); };
    document.head.appendChild(script);
  }

  function draw(box) {
    var table = document.getElementById(box.getAttribute('data-table'));
    if (!table) { return; }
    var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
    var rows = Array.prototype.filter.call(table.querySelectorAll('tbody tr'), function (tr) { return tr.querySelector('th'); });
    if (rows.length === 0) { return; }
    var labels = rows.map(function (tr) { return tr.querySelector('th').textContent.trim(); });
    var datasets = headers.slice(1).map(function (name, i) {
      return {
        label: name,
        data: rows.map(function (tr) {
          var cell = tr.querySelectorAll('td')[i];
          return cell ? Number(cell.textContent.replace(/[^0-9-]/g, '')) : 0;
        }),
        backgroundColor: palette[i % palette.length],
        borderColor: palette[i % palette.length],
        tension: 0.2
      };
    });
    var kind = box.getAttribute('data-chart');
    new Chart(box.querySelector('canvas'), {
      type: kind === 'line' ? 'line' : 'bar',
      data: { labels: labels, datasets: datasets },
      options: {
        indexAxis: kind === 'hbar' ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: datasets.length > 1 } }
      }
    });
  }
})();
