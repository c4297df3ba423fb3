# To-do list manager: add, complete, remove, list with filters and priorities, printed as a table.
class Task:
    next_id = 1
    def __init__(self, title, priority="normal"):
        self.id = Task.next_id
        Task.next_id += 1
        self.title = title
        self.priority = priority
        self.done = False
    def __repr__(self):
        return f"Task({self.id}, {self.title!r}, {self.priority}, done={self.done})"
class TodoList:
    PRIORITY_ORDER = {"high": 0, "normal": 1, "low": 2}
    def __init__(self):
        self.tasks = {}
    def add(self, title, priority="normal"):
        if priority not in self.PRIORITY_ORDER:
            raise ValueError(f"unknown priority {priority!r}")
        task = Task(title, priority)
        self.tasks[task.id] = task
        return task.id
    def complete(self, task_id):
        try:
            self.tasks[task_id].done = True
        except KeyError:
            print(f"no task with id {task_id}")
    def remove(self, task_id):
        return self.tasks.pop(task_id, None)
    def pending(self):
        return sorted((t for t in self.tasks.values() if not t.done),
                      key=lambda t: (self.PRIORITY_ORDER[t.priority], t.id))
    def show(self):
        print(f"{'ID':>3} | {'Title':<20} | {'Prio':<6} | Done")
        print("-" * 42)
        for t in self.tasks.values():
            mark = "x" if t.done else " "
            print(f"{t.id:>3} | {t.title:<20} | {t.priority:<6} | [{mark}]")
todo = TodoList()
todo.add("buy milk")
todo.add("write report", "high")
todo.add("call mom", "high")
todo.add("water plants", "low")
try:
    todo.add("nap", "urgent")
except ValueError as e:
    print("error:", e)
todo.complete(2)
todo.complete(99)
todo.show()
print("pending:", [t.title for t in todo.pending()])
print("removed:", todo.remove(1))
print("removed again:", todo.remove(1))
todo.show()
print(len(todo.tasks), sum(t.done for t in todo.tasks.values()))
