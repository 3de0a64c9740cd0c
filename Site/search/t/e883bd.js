CasebookSearch.add("t/e883bd",[["能够",[1,"B2GgsFDia0T1L"]],["能链",[1,"BnCgoEBlnB"]]]);
