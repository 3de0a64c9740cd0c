CasebookSearch.add("v/706c",["plain","plugin","pluginplugin","plugins"]);
