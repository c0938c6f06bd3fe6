# Helper module with mutable state, to show a module is executed once and shared
items = []

def add(x):
    items.append(x)
    return len(items)
