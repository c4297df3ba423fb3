# Text editor with undo/redo stacks, and command history; string building and list copies.
class Editor:
    def __init__(self):
        self.text = ""
        self.undo_stack = []
        self.redo_stack = []
    def _save(self):
        self.undo_stack.append(self.text)
        self.redo_stack.clear()
    def type(self, s):
        self._save()
        self.text += s
    def delete(self, n):
        self._save()
        self.text = self.text[:-n] if n else self.text
    def undo(self):
        if not self.undo_stack:
            print("  nothing to undo")
            return
        self.redo_stack.append(self.text)
        self.text = self.undo_stack.pop()
    def redo(self):
        if not self.redo_stack:
            print("  nothing to redo")
            return
        self.undo_stack.append(self.text)
        self.text = self.redo_stack.pop()
ed = Editor()
script = [("type", "Hello"), ("type", ", world"), ("delete", 5), ("type", "Python"), ("undo",),
          ("undo",), ("redo",), ("type", "!"), ("redo",), ("undo",), ("undo",), ("undo",), ("undo",), ("undo",)]
for cmd, *args in script:
    getattr(ed, cmd)(*args)
    print(f"{cmd:<6} {str(args):<12} -> {ed.text!r:<20} undo={len(ed.undo_stack)} redo={len(ed.redo_stack)}")
