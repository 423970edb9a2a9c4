// kept in a page
var timeline_json_data = {
  title: {text: {headline: 'Space \'race\''}},
  "events": [
    {start_date: {year: 1957, month: 10, day: 4}, text: {headline: 'Sputnik'}},
    {start_date: {year: '1969'}, text: {headline: "Moon"}},
  ]
};
