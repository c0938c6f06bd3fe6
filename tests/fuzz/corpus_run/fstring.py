name = "x"
print(f"{name!r:>{10}} {name=} {{literal}} {3.14:.2f}" 'plain' f'''{
    name
}''')
