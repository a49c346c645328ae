// Azure Container Registry for the app's image, with the admin user off: the app pulls with its managed
// identity (AcrPull, see registry-pull.bicep) and people push with their own sign-in (az acr build).

@description('Name of the registry (5-50 letters and digits, unique in Azure).')
param name string

@description('Azure region.')
param location string

@description('Tags for the resource.')
param tags object

@description('Basic is enough for one image pulled by a few instances.')
@allowed([
  'Basic'
  'Standard'
  'Premium'
])
param sku string = 'Basic'

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: sku
  }
  properties: {
    adminUserEnabled: false
  }
}

output name string = registry.name
output loginServer string = registry.properties.loginServer
