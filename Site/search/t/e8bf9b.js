CasebookSearch.add("t/e8bf9b",[["进了",[1,"BvEg0EC2Sjf"]],["进制",[1,"BlLgoHF8pB5B7B3LrG"]]]);
