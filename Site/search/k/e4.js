CasebookSearch.add("k/e4","A一 A七 A三 A上 A下 A不 A与 A且 A东 A两 A严 A个 A中 A为 A主 A么 A义 A之 A乎 A也 A了 A予 A事 A二 A于 A些 A交 A亲 A什 A仍 A令 A以 A们 A件 A任 A优 A会 A传 A但 A位 A体 A何 A作 A使 A例 A供 A依 A保 A信 A修");
