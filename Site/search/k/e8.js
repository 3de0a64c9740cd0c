CasebookSearch.add("k/e8","A考 A者 A而 A背 A能 A自 A至 A节 A虑 A行 A表 A被 A装 A要 A覆 A见 A规 A解 A触 A认 A让 A记 A论 A证 A诊 A译 A试 A该 A误 A说 A请 A读 A调 A败 A资 A赋 A路 A身 A软 A载 A输 A过 A运 A还 A这 A进");
