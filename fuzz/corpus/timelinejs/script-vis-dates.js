// note that months are zero-based in the JavaScript Date object
var items = new vis.DataSet([
  {start: new Date(2001, 9), end: new Date(2011, 9), content: "Post-9-11", type: "background"},
  {start: new Date(2011, 0), content: "sophomore year", title: "description here", group: 1},
  {id: 3, content: 'utc', start: Date.UTC(2023, 10, 1, 14, 30)},
  {id: 4, content: 'moment', start: moment('2013-04-20'), end: moment( "2013-04-22" )},
  {id: 5, content: 'ms', start: new Date(1366416000000)},
  {id: 6, content: 'iso', start: new Date('2013-04-25')},
  {id: 7, content: 'month 12', start: new Date(2013, 12, 1)},
  {id: 8, content: 'null end', start: '2014-01-01', end: null},
]);
