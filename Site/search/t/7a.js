CasebookSearch.add("t/7a",[["z",[3,"AyxBk8BJmCV3HxC5CBBoCDB-Rg6EGgNvFSwDjCkBBkdkaJ9DzKuGZftE2DyBgB"]]]);
