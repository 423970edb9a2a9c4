timeline = new TL.Timeline('embed', [{start: '2014-04-20', content: 'vis \u00e9'}], {});
