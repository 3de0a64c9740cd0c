import CasebookCommands

Casebook.main()
