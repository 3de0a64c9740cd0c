CasebookSearch.add("v/6c69",["libraries","line","lines","link","linked","linker","linking","linkmode","linkname","linknamed","links","linux","list"]);
