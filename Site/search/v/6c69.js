CasebookSearch.add("v/6c69",["limited","line","lines","link","linked","linker","linking","linkmode","linkname","linknamed","links","linux","list","little"]);
