CasebookSearch.add("t/e5b8a6",[["带上",[1,"BnCgiEBlR"]],["带着",[1,"B9IgsFE-TbnVmN"]]]);
