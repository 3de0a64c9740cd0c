CasebookSearch.add("t/e69caa",[["未在",[1,"BgDgwEB-b"]],["未定",[1,"BxpBm6GIqCc4GVhI5D2C0G"]],["未确",[1,"BgDggFBqd"]],["未解",[1,"B_Ig4FDnU-F4E"]],["未采",[1,"B_FgwECnYnC"]]]);
