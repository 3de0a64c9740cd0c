CasebookSearch.add("v/6578",["exact","exactly","executable","exists","exit","expect","expected","explanation","export","exported","exports","extends","external","externally","extldflags"]);
