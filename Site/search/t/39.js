CasebookSearch.add("t/39",[["9",[3,"A5HgBBhHB1OgtEFsH3KRqCmYBtRgNFiHwIM4BvR"]],["9748",[1,"A4FgQB4Q"]]]);
