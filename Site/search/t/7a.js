CasebookSearch.add("t/7a",[["z",[3,"AyxBk8BJmCVvHxC5CBBoCDB-Rg6EG4MvFSwDjCkBBkdkaJ9DrKuGZftE2DyBgB"]]]);
