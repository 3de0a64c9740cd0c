import CasebookCommands

await Casebook.start()
