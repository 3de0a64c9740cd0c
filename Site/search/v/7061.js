CasebookSearch.add("v/7061",["package","packager","packages","packit","pass","passes","passing","patch","path"]);
