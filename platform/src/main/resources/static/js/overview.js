/* AutoGHG overview charts: reads the JSON island #overview-data written by the server and draws
   them with Apache ECharts (no animation, so that screenshots and slow machines see the final state). */
(function () {
  'use strict';
  var island = document.getElementById('overview-data');
  if (!island || !window.echarts) {
    return;
  }
  var data = JSON.parse(island.textContent);
  var base = (island.getAttribute('data-base') || '/').replace(/\/$/, '');
  var palette = ['#0b6e4f', '#0b5cad', '#c2571a', '#7a3e9d', '#b8860b', '#2f8f9d', '#a23b72', '#5b6f00', '#6b4f3a', '#3d5a80',
    '#d1495b', '#00798c', '#8d6a9f', '#edae49', '#30638e'];

  function fmt(value) {
    return value == null ? '–' : Number(value).toLocaleString('en-US', {minimumFractionDigits: 3, maximumFractionDigits: 3});
  }

  function draw(id, option) {
    var element = document.getElementById(id);
    if (!element) {
      return null;
    }
    var chart = echarts.init(element);
    option.animation = false;
    option.color = palette;
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
    return chart;
  }

  function follow(chart) {
    if (chart) {
      chart.on('click', function (event) {
        if (event.data && event.data.href) {
          window.location.href = base + event.data.href;
        }
      });
    }
  }

  var trend = data.trend;
  var series = [{name: trend.currentName, type: 'bar', data: trend.current, itemStyle: {color: '#0b6e4f'}}];
  if (trend.previous) {
    series.push({name: trend.previousName, type: 'line', data: trend.previous, itemStyle: {color: '#c2571a'},
      lineStyle: {width: 2}, symbolSize: 6});
  }
  draw('chart-trend', {
    tooltip: {trigger: 'axis', valueFormatter: fmt},
    legend: {top: 0},
    grid: {left: 80, right: 20, top: 36, bottom: 30},
    xAxis: {type: 'category', data: trend.months},
    yAxis: {type: 'value', name: data.unit, nameTextStyle: {align: 'left'}},
    series: series
  });

  function pie(id, items) {
    follow(draw(id, {
      tooltip: {trigger: 'item', valueFormatter: fmt},
      series: [{type: 'pie', radius: ['32%', '62%'], center: ['50%', '52%'], minShowLabelAngle: 5, labelLayout: {hideOverlap: true},
        label: {formatter: '{b}\n{d}%', fontSize: 11}, data: items}]
    }));
  }
  pie('chart-type', data.byType);
  pie('chart-unit', data.byUnit);

  draw('chart-sankey', {
    tooltip: {trigger: 'item', valueFormatter: fmt},
    series: [{type: 'sankey', left: 10, right: 150, top: 10, bottom: 10, nodeGap: 12, layoutIterations: 64, nodeAlign: 'justify',
      emphasis: {focus: 'adjacency'}, lineStyle: {color: 'gradient', curveness: 0.5, opacity: 0.35},
      label: {fontSize: 12}, data: data.sankey.nodes, links: data.sankey.links}]
  });
}());
