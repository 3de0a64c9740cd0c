CasebookSearch.add("v/7665",["vendor","vendored","vendoring","version","versioned"]);
