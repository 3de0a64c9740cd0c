CasebookSearch.add("t/e588b6",[["制文",[1,"BlLgoHF9pB5B7B3LrG"]]]);
