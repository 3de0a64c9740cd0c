CasebookSearch.add("t/e4ba8c",[["二个",[1,"BnCgiEB3L"]],["二条",[1,"BnCggFBg9B"]],["二进",[1,"BlLgoHF7pB5B7B3LrG"]]]);
