CasebookSearch.add("v/676f",["gobuild","goes","goflags","golang","gomodulesmode","good","gopath"]);
