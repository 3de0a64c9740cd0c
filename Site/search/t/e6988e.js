CasebookSearch.add("t/e6988e",[["明了",[1,"BgDgkEBqO"]],["明使",[1,"BgDgiEB0L"]],["明供",[1,"BgDgiEBhM"]],["明未",[1,"BgDggFB0e"]]]);
