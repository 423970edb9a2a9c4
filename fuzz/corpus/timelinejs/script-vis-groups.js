  // create a data set with groups
  var groups = new vis.DataSet([
    {id: 1, content: 'Vietnam'},
    {id: 2, content: 'Singapore'}
  ]);

  // create a dataset with items
  var items = new vis.DataSet([
    {id: 1, group: 1, content: 'State visit', start: new Date(2025, 2, 11), end: new Date(2025, 2, 13)},
    {id: 2, group: 2, content: 'Prime Minister visits', start: '2025-03-26'},
  ]);

  var timeline = new vis.Timeline(container, items, groups, options);
