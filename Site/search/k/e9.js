CasebookSearch.add("k/e9","A选 A通 A那 A部 A都 A配 A采 A释 A里 A重 A链 A错 A闭 A随 A需 A非 A面 A项 A顺 A预 A验 A默");
