CasebookSearch.add("t/e6898d",[["才会",[1,"BnCgoEBzsB"]],["才按",[1,"BnCgoEBotB"]]]);
