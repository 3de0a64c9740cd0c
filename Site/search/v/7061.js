CasebookSearch.add("v/7061",["package","packager","packages","packit","pair","pass","passes","passing","patch","path"]);
