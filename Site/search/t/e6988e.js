CasebookSearch.add("t/e6988e",[["明了",[1,"BgDgkEByO"]],["明使",[1,"BgDgiEB8L"]],["明供",[1,"BgDgiEBpM"]],["明未",[1,"BgDggFB8e"]]]);
