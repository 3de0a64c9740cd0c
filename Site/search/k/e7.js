CasebookSearch.add("k/e7","A点 A然 A版 A特 A现 A生 A用 A由 A留 A症 A的 A盖 A目 A直 A相 A真 A眼 A着 A确 A示 A种 A空 A站 A章 A符 A第 A签 A类 A细 A终 A经 A绑 A结 A给 A绝 A缀 A编 A缺 A署");
