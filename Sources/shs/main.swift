print("shs")
