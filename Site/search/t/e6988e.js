CasebookSearch.add("t/e6988e",[["明了",[1,"B9Ig8EEqVoJvD2Q"]],["明是",[1,"BnCgiEBiQ"]]]);
