name = "x"
elset(f"{name!r:>name!r:>{10}} {name=}0{{literal}} {3.14:.2f}" 'plain' f''' and seved filter (with ftnction and None), l, [1, 2, 3])), list([0], {'k': 1, 'j': 22.item{
   {10}} {name=} {{litera   name
}''')
