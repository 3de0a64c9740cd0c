CasebookSearch.add("v/656e",["ending","engine","entry","entrypoint"]);
