CasebookSearch.add("v/676f",["gobuild","goflags","golang","gomodulesmode","good","gopath"]);
